package org.linju.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.linju.grid.GridIndex;
import org.locationtech.jts.io.WKBWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The baseline: the same grids in PostGIS with a GiST index, the same points, one {@code ST_Contains} query per
 * point over one JDBC connection on loopback (what a service asking the database per lookup would do).
 * Needs {@code -Dbench.pg.url=jdbc:postgresql://127.0.0.1:5432/linju_bench?user=...&password=...} on a
 * database where {@code CREATE EXTENSION postgis} is allowed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PostgisLocateBenchmark {

	@Param("10000")
	int grids;

	private Connection connection;
	private PreparedStatement locate;
	private double[][] points;
	private int next;

	@Setup(Level.Trial)
	public void load() throws SQLException {
		connection = DriverManager.getConnection(System.getProperty("bench.pg.url"));
		List<GridIndex.Entry> entries = SyntheticGrids.build(grids, 2026L);
		try (Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists postgis");
			statement.execute("drop table if exists bench_grid");
			statement.execute("create table bench_grid (code text primary key, boundary geometry(Geometry, 4326) not null)");
		}
		WKBWriter wkb = new WKBWriter(2, true);
		try (PreparedStatement insert = connection
			.prepareStatement("insert into bench_grid values (?, ST_GeomFromEWKB(?))")) {
			for (GridIndex.Entry entry : entries) {
				entry.boundary().setSRID(4326);
				insert.setString(1, entry.code());
				insert.setBytes(2, wkb.write(entry.boundary()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create index bench_grid_boundary on bench_grid using gist (boundary)");
			statement.execute("analyze bench_grid");
		}
		locate = connection.prepareStatement("""
				select code from bench_grid
				where ST_Covers(boundary, ST_SetSRID(ST_MakePoint(?, ?), 4326))
				order by code limit 1
				""");
		points = SyntheticGrids.randomPoints(1 << 20, 7L);
		agreeWithTheIndex(GridIndex.of(entries));
	}

	/** Both sides must give the same answers, or the comparison means nothing. */
	private void agreeWithTheIndex(GridIndex index) throws SQLException {
		for (int i = 0; i < 2_000; i++) {
			double[] point = points[i];
			String expected = index.locate(point[0], point[1]).map(GridIndex.Entry::code).orElse(null);
			String actual = locate();
			if (expected == null ? actual != null : !expected.equals(actual)) {
				throw new IllegalStateException("PostGIS says " + actual + ", the index says " + expected + " at "
						+ point[0] + ", " + point[1]);
			}
		}
		next = 0;
	}

	@Benchmark
	public String locate() throws SQLException {
		double[] point = points[next++ & ((1 << 20) - 1)];
		locate.setDouble(1, point[0]);
		locate.setDouble(2, point[1]);
		try (ResultSet rows = locate.executeQuery()) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	@TearDown(Level.Trial)
	public void close() throws SQLException {
		connection.close();
	}
}
