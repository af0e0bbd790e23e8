@NullMarked
package com.throughline.platform.security;

import org.jspecify.annotations.NullMarked;
