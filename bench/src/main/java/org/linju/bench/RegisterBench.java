package org.linju.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linju.shared.IdCardNumber;

/**
 * Drives a running Linju over HTTP like a person would: signs in, uploads a generated roster, waits for the import
 * to finish, then searches residents by ID number and reports latency percentiles.
 *
 * <pre>java -cp benchmarks.jar org.linju.bench.RegisterBench import BASE_URL BUILDINGS_CSV ROWS ADDRESS_CODE
 * java -cp benchmarks.jar org.linju.bench.RegisterBench search BASE_URL ADDRESS_CODE ROWS SEARCHES</pre>
 */
public final class RegisterBench {

	private final SignedInClient client;
	private final HttpClient http;
	private final String base;

	private RegisterBench(SignedInClient client) {
		this.client = client;
		this.http = client.http;
		this.base = client.base;
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("direct")) {
			direct(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
			return;
		}
		RegisterBench bench = new RegisterBench(new SignedInClient(args[1], "admin", "Linju@2026"));
		if (args[0].equals("import")) {
			List<String> buildings = Files.readAllLines(Path.of(args[2])).stream().filter(line -> line.contains(",")).toList();
			bench.importRoster(buildings, Integer.parseInt(args[3]), args[4]);
		}
		else {
			bench.search(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		}
	}

	static String idNumber(String addressCode, int i) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i / 500);
		String first17 = addressCode + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth()) + String.format("%03d", i % 500 * 2 + 1);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	private void importRoster(List<String> buildings, int rows, String addressCode) throws Exception {
		byte[] workbook = workbook(buildings, rows, addressCode);
		String form = http.send(get("/residents/import"), HttpResponse.BodyHandlers.ofString()).body();
		String boundary = "----linju" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(form)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(workbook);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		long started = System.nanoTime();
		HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "/residents/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = upload.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
				"upload refused: " + upload.statusCode()));
		String status;
		do {
			Thread.sleep(250);
			status = http.send(get(URI.create(location).getPath() + "/status"), HttpResponse.BodyHandlers.ofString()).body();
		}
		while (!status.contains("data-status=\"DONE\"") && !status.contains("data-status=\"FAILED\""));
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("import of %d rows (%.1f MB workbook): %.1f s upload-to-done, %.0f rows/s; accepted=%s rejected=%s%n",
				rows, workbook.length / 1e6, seconds, rows / seconds, value(status, "accepted"), value(status, "rejected"));
	}

	private void search(String addressCode, int rows, int searches) throws Exception {
		java.util.Random random = new java.util.Random(1);
		long[] latencies = new long[searches];
		int found = 0;
		for (int i = -50; i < searches; i++) {
			String id = idNumber(addressCode, random.nextInt(rows));
			long started = System.nanoTime();
			String page = http.send(get("/residents?q=" + URLEncoder.encode(id, StandardCharsets.UTF_8)),
					HttpResponse.BodyHandlers.ofString()).body();
			long elapsed = System.nanoTime() - started;
			if (i >= 0) {
				latencies[i] = elapsed;
				found += page.contains("精确匹配到 1 人") ? 1 : 0;
			}
		}
		Arrays.sort(latencies);
		System.out.printf("%d searches by ID number over HTTP (page render + audit entry included): p50 %.1f ms, "
				+ "p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d found%n", searches, latencies[searches / 2] / 1e6,
				latencies[searches * 95 / 100] / 1e6, latencies[searches * 99 / 100] / 1e6,
				latencies[searches - 1] / 1e6, found);
	}

	/**
	 * The search itself, without HTTP: blind index of the number, one indexed query, decrypt and mask the hit, as
	 * {@code Residents.search} does. {@code direct JDBC_URL KEY_FILE ADDRESS_CODE ROWS SEARCHES}.
	 */
	private static void direct(String jdbcUrl, Path keyFile, String addressCode, int rows, int searches) throws Exception {
		java.util.Properties keys = new java.util.Properties();
		try (var reader = Files.newBufferedReader(keyFile)) {
			keys.load(reader);
		}
		java.util.Map<String, String> keyMap = new java.util.HashMap<>();
		keys.stringPropertyNames().stream().filter(name -> name.startsWith("keys."))
			.forEach(name -> keyMap.put(name.substring(5), keys.getProperty(name)));
		org.linju.privacy.FieldCipher cipher = new org.linju.privacy.FieldCipher(new org.linju.privacy.PrivacySettings(
				org.linju.privacy.CipherSuite.AES_GCM, keys.getProperty("active-key"), keyMap,
				keys.getProperty("blind-index-key"), null, false));
		java.util.Random random = new java.util.Random(2);
		long[] latencies = new long[searches];
		int found = 0;
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl);
				java.sql.PreparedStatement query = connection.prepareStatement(
						"select name, id_number_cipher, phone_cipher, grid_code from resident where id_number_index = ?")) {
			for (int i = -200; i < searches; i++) {
				String id = idNumber(addressCode, random.nextInt(rows));
				long started = System.nanoTime();
				query.setString(1, cipher.blindIndex(id, "resident.id_number"));
				String masked = null;
				try (java.sql.ResultSet hit = query.executeQuery()) {
					if (hit.next()) {
						masked = org.linju.privacy.Masking.idNumber(cipher.decrypt(hit.getString(2), "resident.id_number"))
								+ org.linju.privacy.Masking.phone(cipher.decrypt(hit.getString(3), "resident.phone"));
					}
				}
				long elapsed = System.nanoTime() - started;
				if (i >= 0) {
					latencies[i] = elapsed;
					found += masked != null ? 1 : 0;
				}
			}
		}
		Arrays.sort(latencies);
		System.out.printf("%d searches by ID number through the blind index (HMAC + indexed query + decrypt + mask, "
				+ "JDBC on loopback): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %d found%n", searches,
				latencies[searches / 2] / 1e6, latencies[searches * 95 / 100] / 1e6, latencies[searches * 99 / 100] / 1e6,
				latencies[searches - 1] / 1e6, found);
	}

	private static byte[] workbook(List<String> buildings, int rows, String addressCode) throws IOException {
		String[] headers = { "姓名", "身份证号", "手机号", "网格编码", "楼栋", "单元", "户室", "人口类型", "迁入日期", "重点人群" };
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("实有人口");
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int i = 0; i < rows; i++) {
				String[] place = buildings.get(i % buildings.size()).split(",");
				String[] cells = { "居民" + i, idNumber(addressCode, i), String.format("139%08d", i), place[0], place[1],
						String.valueOf(1 + i % 3), String.valueOf(101 + i % 20), i % 5 == 0 ? "流动人口" : "户籍人口",
						"2024-03-01", i % 50 == 0 ? "低收入" : "" };
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private HttpRequest get(String path) {
		return client.get(path);
	}

	private static String csrf(String page) {
		return SignedInClient.csrf(page);
	}

	private static String value(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\">([0-9]+)<").matcher(html);
		return matcher.find() ? matcher.group(1) : "?";
	}
}
