@NullMarked
package com.throughline.audit.domain;

import org.jspecify.annotations.NullMarked;
