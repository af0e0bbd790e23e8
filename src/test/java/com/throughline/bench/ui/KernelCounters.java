package com.throughline.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's counters that explain a step slower than the server's work: connection
 * attempts dropped from a full accept queue (the client retries after 1 s, then 3 s), SYN
 * and timeout retransmissions, and CPU time stolen from this virtual machine by its host.
 * Read from {@code /proc} before and after the window; a difference per run.
 */
final class KernelCounters {

	static final List<String> NAMES = List.of("TcpExt.ListenOverflows", "TcpExt.ListenDrops", "TcpExt.TCPSynRetrans",
			"TcpExt.TCPTimeouts", "Tcp.RetransSegs", "TcpExt.TCPLossProbes", "TcpExt.TCPToZeroWindowAdv", "cpu.steal",
			"cpu.iowait");

	private KernelCounters() {
	}

	/** Every named counter's value now (0 where the kernel does not have it). */
	static Map<String, Long> read() {
		var values = new LinkedHashMap<String, Long>();
		NAMES.forEach(name -> values.put(name, 0L));
		readTable(Path.of("/proc/net/netstat"), values);
		readTable(Path.of("/proc/net/snmp"), values);
		readCpu(values);
		return values;
	}

	static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
		var out = new LinkedHashMap<String, Long>();
		after.forEach((name, value) -> out.put(name, value - before.getOrDefault(name, 0L)));
		return out;
	}

	/** Lines come in pairs: {@code Prefix: names...} then {@code Prefix: values...}. */
	private static void readTable(Path file, Map<String, Long> values) {
		try {
			var lines = Files.readAllLines(file);
			for (int i = 0; i + 1 < lines.size(); i += 2) {
				String[] names = lines.get(i).split("\\s+");
				String[] numbers = lines.get(i + 1).split("\\s+");
				String prefix = names[0].replace(":", "");
				for (int j = 1; j < Math.min(names.length, numbers.length); j++) {
					long number = Long.parseLong(numbers[j]);
					values.computeIfPresent(prefix + "." + names[j], (name, old) -> number);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the counters stay 0.
		}
	}

	/** {@code cpu user nice system idle iowait irq softirq steal}, in ticks of 10 ms. */
	private static void readCpu(Map<String, Long> values) {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().split("\\s+");
			values.put("cpu.iowait", Long.parseLong(cpu[5]));
			values.put("cpu.steal", Long.parseLong(cpu[8]));
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux.
		}
	}

}
