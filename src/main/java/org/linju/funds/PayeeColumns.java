package org.linju.funds;

import org.linju.privacy.EncryptedColumns;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.SingleEncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The funds' encrypted column, a payee who is a person (organisations are kept in clear), for key rotation. */
@Configuration(proxyBeanMethods = false)
class PayeeColumns {

    @Bean
    EncryptedColumns budgetPaymentPayee(JdbcClient jdbc, FieldCipher cipher) {
        return new SingleEncryptedColumn(
                jdbc,
                cipher,
                LinePayments.PAYEE_FIELD,
                "select count(*) from budget_payment where payee_kind = 'PERSON' and payee not like ?",
                """
				select id, payee from budget_payment where payee_kind = 'PERSON' and payee not like ?
				limit ? for update skip locked
				""",
                "update budget_payment set payee = ? where id = ?");
    }
}
