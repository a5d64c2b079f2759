package org.linju.agenda;

import java.util.UUID;
import org.linju.forces.Projects;
import org.linju.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

/**
 * The QR code of a project list's sign-up page, for the share block on the project's page (forces): a grid without
 * a group robot posts the text and this code in its plain WeChat group. Only for those who may see the project.
 */
@Controller
class ProjectShareController {

    private final Projects projects;
    private final ShareCodes share;

    ProjectShareController(Projects projects, ShareCodes share) {
        this.projects = projects;
        this.share = share;
    }

    @GetMapping(value = "/share/projects/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> projectQr(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, WebRequest request) {
        projects.visible(user, id);
        return share.png("/projects/" + id, request);
    }
}
