package org.linju.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.demo.HistoryPlan.Who;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.Colour;
import org.linju.matters.Reporter;
import org.linju.shared.RegionCode;

/**
 * The people who act in the demo history: in the home grid and community the demo sign-ins, elsewhere a grid leader
 * and a grid worker per grid and a community secretary and a district liaison leader per community, opened through
 * identity's accounts with the demo password (so each can sign in and see their own past work). Who takes a step
 * follows the handling rules: green matters are the grid worker's, yellow the grid leader's, red the liaison
 * leader's; the grid leader triages, dispatches and resumes; the secretary decides requests and verifies yellow and red
 * matters, the grid leader green ones.
 */
final class HistoryStaff {

    private final Accounts accounts;
    private final Map<String, CurrentUser> users = new HashMap<>();
    private final String homeGrid;
    private final String homeCommunity;

    HistoryStaff(Accounts accounts) {
        this.accounts = accounts;
        CurrentUser leader = accounts.loadUserByUsername("leader");
        this.homeGrid = leader.scope().roots().iterator().next().value();
        this.homeCommunity = accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    /** Opens the accounts the grids and communities still lack. */
    void open(List<HistoryPlan.Grid> grids, Random random) {
        ChineseNames names = new ChineseNames(random);
        List<NewAccount> missing = new ArrayList<>();
        for (HistoryPlan.Grid grid : grids) {
            want(missing, username(Role.GRID_LEADER, grid.code()), "网格长 ", Role.GRID_LEADER, grid.code(), names);
            want(missing, username(Role.GRID_WORKER, grid.code()), "网格员 ", Role.GRID_WORKER, grid.code(), names);
            String community = grid.community();
            want(
                    missing,
                    username(Role.COMMUNITY_SECRETARY, community),
                    "社区书记 ",
                    Role.COMMUNITY_SECRETARY,
                    community,
                    names);
            want(missing, username(Role.LIAISON_LEADER, community), "联系领导 ", Role.LIAISON_LEADER, community, names);
        }
        accounts.openAllWithSamePassword(missing, DemoDistrict.DEMO_PASSWORD);
    }

    private void want(
            List<NewAccount> missing, String username, String title, Role role, String area, ChineseNames names) {
        if (users.containsKey(username)
                || missing.stream().anyMatch(a -> a.username().equals(username))) {
            return;
        }
        accounts.find(username)
                .ifPresentOrElse(
                        user -> users.put(username, user),
                        () -> missing.add(NewAccount.scoped(
                                username,
                                title + names.next(),
                                role,
                                Set.of(RegionCode.of(area)),
                                DemoDistrict.DEMO_PASSWORD,
                                false)));
    }

    /** Who sends a report: residents themselves on the web and through apps, staff for what reached them. */
    Reporter reporter(Channel channel, String grid, String community) {
        return switch (channel) {
            case WEB, API, QR_CODE -> new Reporter(null, false, null);
            case PATROL -> new Reporter(user(Role.GRID_WORKER, grid).getUsername(), true, null);
            case HOTLINE, WALK_IN ->
                new Reporter(user(Role.COMMUNITY_SECRETARY, community).getUsername(), true, null);
        };
    }

    CurrentUser who(Who who, String grid, String community, @Nullable Colour colour) {
        return switch (who) {
            case TRIAGER -> user(Role.GRID_LEADER, grid);
            case HANDLER -> handler(grid, community, colour);
            case VERIFIER ->
                colour == Colour.GREEN ? user(Role.GRID_LEADER, grid) : user(Role.COMMUNITY_SECRETARY, community);
            case APPROVER -> user(Role.COMMUNITY_SECRETARY, community);
            case REPORTER, RESIDENT -> throw new IllegalArgumentException(who + " is no staff member");
        };
    }

    private CurrentUser handler(String grid, String community, @Nullable Colour colour) {
        if (colour == null) {
            return user(Role.GRID_LEADER, grid);
        }
        return switch (colour) {
            case GREEN -> user(Role.GRID_WORKER, grid);
            case YELLOW -> user(Role.GRID_LEADER, grid);
            case RED -> user(Role.LIAISON_LEADER, community);
        };
    }

    private CurrentUser user(Role role, String area) {
        return users.computeIfAbsent(username(role, area), accounts::loadUserByUsername);
    }

    /** The demo sign-ins act for the home grid and community; the others are named after their role and area. */
    private String username(Role role, String area) {
        boolean home = area.equals(homeGrid) || area.equals(homeCommunity);
        return switch (role) {
            case GRID_LEADER -> home ? "leader" : "leader-" + area;
            case GRID_WORKER -> home ? "worker" : "worker-" + area;
            case COMMUNITY_SECRETARY -> home ? "secretary" : "secretary-" + area;
            case LIAISON_LEADER -> home ? "liaison" : "liaison-" + area;
            default -> throw new IllegalArgumentException(role + " takes no part in the history");
        };
    }
}
