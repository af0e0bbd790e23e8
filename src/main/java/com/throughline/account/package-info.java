@NullMarked
package com.throughline.account;

import org.jspecify.annotations.NullMarked;
