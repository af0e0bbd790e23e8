@NullMarked
package com.throughline.audit;

import org.jspecify.annotations.NullMarked;
