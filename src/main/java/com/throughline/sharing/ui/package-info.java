@NullMarked
package com.throughline.sharing.ui;

import org.jspecify.annotations.NullMarked;
