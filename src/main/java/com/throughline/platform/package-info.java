@NullMarked
package com.throughline.platform;

import org.jspecify.annotations.NullMarked;
