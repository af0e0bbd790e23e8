package com.throughline.platform.security;

public enum TenantStatus {

	ACTIVE, SUSPENDED

}
