@NullMarked
package com.throughline.demo;

import org.jspecify.annotations.NullMarked;
