@NullMarked
package com.throughline.tenant.ui;

import org.jspecify.annotations.NullMarked;
