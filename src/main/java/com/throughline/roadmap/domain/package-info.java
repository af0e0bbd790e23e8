@NullMarked
package com.throughline.roadmap.domain;

import org.jspecify.annotations.NullMarked;
