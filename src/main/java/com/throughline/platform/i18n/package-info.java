@NullMarked
package com.throughline.platform.i18n;

import org.jspecify.annotations.NullMarked;
