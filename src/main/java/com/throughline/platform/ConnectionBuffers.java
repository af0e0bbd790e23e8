package com.throughline.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's read and write buffers of each open connection, 8 KB apiece by default. Every
 * page that follows live changes keeps a WebSocket open for as long as it is shown, so
 * the server holds thousands of connections that carry a few small messages: Tomcat's
 * documentation advises smaller buffers for many kept-alive connections. A larger answer
 * is written in several chunks.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

	@Bean
	TomcatConnectorCustomizer smallConnectionBuffers(@Value("${throughline.connection-buffer-bytes}") int bytes) {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", Integer.toString(bytes));
			connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
		};
	}

}
