package com.throughline.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response says {@code Referrer-Policy: no-referrer}: pages carry secret tokens
 * (invitations, shared roadmaps) in their address, which must never leak to another site
 * through the Referer header. A servlet filter of its own, so that no security configurer
 * can drop it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferrerPolicyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

}
