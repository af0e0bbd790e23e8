@NullMarked
package com.throughline.platform.audit;

import org.jspecify.annotations.NullMarked;
