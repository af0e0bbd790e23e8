@NullMarked
package com.throughline.roadmap.ui;

import org.jspecify.annotations.NullMarked;
