package com.throughline.bench.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionHeapTest {

	@Test
	void readsTheHeapInUseAsEachCollectorWritesIt() {
		assertThat(SessionHeap.usedKb("""
				 garbage-first heap   total reserved 6172672K, committed 1417216K, used 512000K [0x...)
				  region size 4096K, 12 young (49152K), 0 survivors (0K)
				""")).isEqualTo(512_000);
		assertThat(SessionHeap.usedKb("""
				 ZHeap           used 690M, capacity 1460M, max capacity 6028M
				""")).isEqualTo(690 * 1024);
		assertThat(SessionHeap.usedKb("""
				Shenandoah Heap
				 6028M max, 6028M soft max, 410M committed, 32768K used
				 3014 x 2048 K regions
				""")).isEqualTo(32_768);
		assertThat(SessionHeap.usedKb(" 6028M max, 6028M soft max, 2G committed, 1G used")).isEqualTo(1024 * 1024);
	}

	@Test
	void refusesAnAnswerWithoutTheHeapInUse() {
		assertThatThrownBy(() -> SessionHeap.usedKb("Unknown diagnostic command"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No heap figure");
	}

}
