package org.linju.benchmin;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The stack's floor for intake: parse the same JSON, insert one row, answer 201. Nothing else. */
@SpringBootApplication
@RestController
public class MinimalIntake {

	record Report(String description, String categoryCode, Double lat, Double lng, String phone) {
	}

	private final JdbcClient jdbc;

	MinimalIntake(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static void main(String[] args) {
		SpringApplication.run(MinimalIntake.class, args);
	}

	@PostMapping("/api/v1/matters")
	ResponseEntity<Map<String, String>> report(@RequestBody Report report) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into bench_minimal_matter values (?, ?, ?, ?, ?, ?, now())")
			.params(id, report.description(), report.categoryCode(), report.lat(), report.lng(), report.phone())
			.update();
		return ResponseEntity.status(201).body(Map.of("id", id.toString()));
	}
}
