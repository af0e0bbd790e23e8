@NullMarked
package com.throughline.strategy.ui;

import org.jspecify.annotations.NullMarked;
