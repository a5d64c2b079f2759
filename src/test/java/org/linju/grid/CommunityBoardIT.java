package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.linju.LinjuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each community's public "four charts and one list", open to anyone and reachable by QR code. */
@LinjuIntegrationTest
class CommunityBoardIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String community() {
        return jdbc.sql("select min(community_code) from grid where synthetic")
                .query(String.class)
                .single();
    }

    @Test
    void showsAllFourChartsAndTheListWithoutSigningIn() throws Exception {
        String community = community();
        String leader = jdbc.sql("select name from grid_member where grid_code = ? and duty = 'GRID_LEADER'")
                .param(community + "01")
                .query(String.class)
                .single();
        String page = mvc.perform(get("/public/communities/" + community))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("组织架构图", "网格分布图", "责任分工图", "工作流程图", "年度任务清单", "年度清单及各项进度")
                .contains(leader)
                .contains("网格工作室")
                .contains("合成")
                .contains("id=\"print-board\"");
    }

    @Test
    void theQrCodeLeadsToThePage() throws Exception {
        String community = community();
        assertThat(qrCodeText("/public/communities/" + community + "/qr.png"))
                .endsWith("/public/communities/" + community);
    }

    /** What a phone reads from the QR code at this address. */
    private String qrCodeText(String url) throws Exception {
        byte[] png = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    @Test
    void aForgedHostHeaderNeverReachesTheQrCodeOrThePage() throws Exception {
        String community = community();
        String page = mvc.perform(get("http://attacker.example/public/communities/" + community))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String text = qrCodeText("http://attacker.example/public/communities/" + community + "/qr.png");

        assertThat(text)
                .as("the demo's base URL, not the request's")
                .isEqualTo("http://localhost:8080/public/communities/" + community);
        assertThat(page)
                .doesNotContain("attacker.example")
                .contains("http://localhost:8080/public/communities/" + community);
    }

    @Test
    void theGridMapOfTheBoardHasTheCommunitysGridsOnly() throws Exception {
        String community = community();
        long grids = jdbc.sql("select count(*) from grid where community_code = ?")
                .param(community)
                .query(Long.class)
                .single();
        mvc.perform(get("/public/communities/" + community + "/grids.geojson"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value((int) grids))
                .andExpect(jsonPath("$.features[0].properties.communityCode").value(community));
    }
}
