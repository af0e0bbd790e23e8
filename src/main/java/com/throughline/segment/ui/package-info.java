@NullMarked
package com.throughline.segment.ui;

import org.jspecify.annotations.NullMarked;
