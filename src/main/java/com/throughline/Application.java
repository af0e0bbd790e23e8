package com.throughline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

	/**
	 * Tomcat's buffers for writing a WebSocket message (8 KB of bytes and 16 KB of chars
	 * per open push connection). Our pushed messages are a page's occasional live update:
	 * a larger one goes out in several frames. Read once, when Tomcat's WebSocket classes
	 * load, so it is set before anything starts; a -D option given to the JVM wins.
	 */
	static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

	public static void main(String[] args) {
		if (System.getProperty(WEBSOCKET_BUFFER) == null) {
			System.setProperty(WEBSOCKET_BUFFER, "2048");
		}
		SpringApplication.run(Application.class, args);
	}

}
