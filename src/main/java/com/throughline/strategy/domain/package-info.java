@NullMarked
package com.throughline.strategy.domain;

import org.jspecify.annotations.NullMarked;
