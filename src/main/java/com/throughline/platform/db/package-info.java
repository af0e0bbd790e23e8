@NullMarked
package com.throughline.platform.db;

import org.jspecify.annotations.NullMarked;
