package com.throughline.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the application's JVM and of its embedded PostgreSQL (the postmaster named
 * in the data directory's {@code postmaster.pid}, and its backends), read from
 * {@code /proc}, so a run reports how much of the two cores each used. An external server
 * ({@code dataDir} null) is not measured.
 */
record AppProcess(long pid, Path dataDir) {

	private static final double TICKS_PER_SECOND = 100.0;

	/** Seconds of CPU used so far: [the JVM, its PostgreSQL processes]. */
	double[] cpuSeconds() {
		double jvm = ticks(pid);
		double postgres = postmaster().map(p -> Stream.concat(Stream.of(p), p.descendants()))
			.orElseGet(Stream::empty)
			.mapToDouble(process -> ticks(process.pid()))
			.sum();
		return new double[] { jvm / TICKS_PER_SECOND, postgres / TICKS_PER_SECOND };
	}

	private java.util.Optional<ProcessHandle> postmaster() {
		if (dataDir == null) {
			return java.util.Optional.empty();
		}
		try {
			String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim();
			return ProcessHandle.of(Long.parseLong(first));
		}
		catch (IOException | RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	private static double ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of stat; 12 and 13 after the name.
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
