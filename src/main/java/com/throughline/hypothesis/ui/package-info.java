@NullMarked
package com.throughline.hypothesis.ui;

import org.jspecify.annotations.NullMarked;
