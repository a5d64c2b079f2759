package org.linju.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.linju.grid.GridIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/** Point → grid through Linju's in-memory {@link GridIndex} (JTS STRtree + PreparedGeometry), on one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LocateBenchmark {

	@Param("10000")
	int grids;

	private GridIndex index;
	private double[][] points;
	private int next;

	@Setup(Level.Trial)
	public void build() {
		List<GridIndex.Entry> entries = SyntheticGrids.build(grids, 2026L);
		index = GridIndex.of(entries);
		points = SyntheticGrids.randomPoints(1 << 20, 7L);
	}

	@Benchmark
	public void locate(Blackhole sink) {
		double[] point = points[next++ & ((1 << 20) - 1)];
		sink.consume(index.locate(point[0], point[1]));
	}
}
