@NullMarked
package com.throughline.audit.ui;

import org.jspecify.annotations.NullMarked;
