@NullMarked
package com.throughline.tenant.domain;

import org.jspecify.annotations.NullMarked;
