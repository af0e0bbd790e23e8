@NullMarked
package com.throughline;

import org.jspecify.annotations.NullMarked;
