package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Group robots answer HTTP 200 even when they refuse a message; the body says so. */
class WebhookRefusalTest {

	@Test
	void aNonZeroErrcodeIsARefusal() {
		assertThat(WebhookDelivery.refusal("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"))
			.hasValue("errcode 45009 api freq out of limit");
		assertThat(WebhookDelivery.refusal("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}")).isPresent();
	}

	@Test
	void errcodeZeroAndOtherAnswersAreDeliveries() {
		assertThat(WebhookDelivery.refusal("{\"errcode\":0,\"errmsg\":\"ok\"}")).isEmpty();
		assertThat(WebhookDelivery.refusal("")).isEmpty();
		assertThat(WebhookDelivery.refusal("ok")).isEmpty();
		assertThat(WebhookDelivery.refusal("{\"status\":\"sent\"}")).isEmpty();
	}
}
