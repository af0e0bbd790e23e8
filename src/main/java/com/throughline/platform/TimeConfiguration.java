package com.throughline.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		// The server's zone, like the views' LocalDate.now(): "today" means the same day
		// everywhere.
		return Clock.systemDefaultZone();
	}

}
