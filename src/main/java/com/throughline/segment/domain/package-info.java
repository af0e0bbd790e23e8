@NullMarked
package com.throughline.segment.domain;

import org.jspecify.annotations.NullMarked;
