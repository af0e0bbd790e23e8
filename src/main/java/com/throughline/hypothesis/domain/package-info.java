@NullMarked
package com.throughline.hypothesis.domain;

import org.jspecify.annotations.NullMarked;
