@NullMarked
package com.throughline.sharing.domain;

import org.jspecify.annotations.NullMarked;
