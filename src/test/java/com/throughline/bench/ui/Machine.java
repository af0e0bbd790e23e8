package com.throughline.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cores, CPU model and memory of this machine, for the result files. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		String model = "unknown CPU";
		long memoryKb = 0;
		try {
			model = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.findFirst()
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.orElse(model);
			memoryKb = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(line -> line.startsWith("MemTotal"))
				.findFirst()
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.orElse(0L);
		}
		catch (IOException ex) {
			// Not Linux: describe what Java knows.
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), " + memoryKb / 1024 / 1024
				+ " GB RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version");
	}

}
