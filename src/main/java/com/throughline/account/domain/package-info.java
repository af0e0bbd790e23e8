@NullMarked
package com.throughline.account.domain;

import org.jspecify.annotations.NullMarked;
