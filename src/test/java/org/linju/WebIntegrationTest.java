package org.linju;

import org.linju.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What most integration tests use: the app through MockMvc, the demo accounts, and the database. */
@LinjuIntegrationTest
public abstract class WebIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected JdbcClient jdbc;
}
