@NullMarked
package com.throughline.account.ui;

import org.jspecify.annotations.NullMarked;
