package com.throughline.platform.security;

import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} checked on every call of
 * a service method, as Spring Security's JSR-250 method security does, but never on
 * Vaadin components: their annotations guard routes (Vaadin's access control reads them),
 * and the standard pointcut made every view instance a proxy, matched method by method
 * against every advisor when it was created (a fifth of the application's CPU under
 * load).
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor serviceRolesAllowed() {
		var interceptor = new AuthorizationManagerBeforeMethodInterceptor(servicesAnnotatedWithRoles(),
				new Jsr250AuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
		return interceptor;
	}

	/** A class or method annotated with one of the three, outside Vaadin components. */
	static Pointcut servicesAnnotatedWithRoles() {
		Pointcut annotated = Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
			.<Pointcut>flatMap(annotation -> Stream.of(new AnnotationMatchingPointcut(annotation, true),
					AnnotationMatchingPointcut.forMethodAnnotation(annotation)))
			.reduce(Pointcuts::union)
			.orElseThrow();
		ClassFilter notComponents = type -> !Component.class.isAssignableFrom(type);
		return new ComposablePointcut(annotated).intersection(notComponents);
	}

}
