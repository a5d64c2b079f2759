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

/** How long a rebuild of the index takes after boundaries change (it runs off the request path). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

	@Param({ "287", "10000" })
	int grids;

	private List<GridIndex.Entry> entries;

	@Setup(Level.Trial)
	public void shapes() {
		entries = SyntheticGrids.build(grids, 2026L);
	}

	@Benchmark
	public GridIndex build() {
		return GridIndex.of(entries);
	}
}
