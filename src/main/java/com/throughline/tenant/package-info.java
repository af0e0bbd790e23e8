@NullMarked
package com.throughline.tenant;

import org.jspecify.annotations.NullMarked;
