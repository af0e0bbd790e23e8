@NullMarked
package com.throughline.platform.ui;

import org.jspecify.annotations.NullMarked;
