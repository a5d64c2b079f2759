package org.linju.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.linju.grid.BoundaryImportOutcome;
import org.linju.grid.Duty;
import org.linju.grid.GridBoundaryImport;
import org.linju.grid.GridOrganisation;
import org.linju.grid.GridOrganisation.NewMember;
import org.linju.grid.GridOrganisation.NewPartyOrganisation;
import org.linju.grid.GridOrganisation.NewStation;
import org.linju.grid.GridShape;
import org.linju.grid.RegionImport;
import org.linju.grid.RegionView;
import org.linju.grid.Regions;
import org.linju.grid.StationKind;
import org.apache.commons.csv.CSVFormat;
import org.linju.forces.Forces;
import org.linju.identity.Accounts;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.residents.Residents;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the demo district from the numbers of the source page: Dachuan's real streets and communities, 28 urban
 * communities with 287 grids, 208 grid party organisations (some joint), 28 grid studios, 208 workstations, 33
 * property or owners'-committee people on grid party committees, and one demo sign-in per role. Same seed, same
 * district.
 */
@Service
public class DemoDistrict {

	public static final String DISTRICT = "511703";
	public static final String DEMO_PASSWORD = "Linju@2026";
	static final long SEED = 511703L;
	static final int URBAN_COMMUNITIES = 28;
	static final int GRIDS = 287;
	static final int PARTY_ORGANISATIONS = 208;
	static final int COMMITTEE_MEMBERS = 33;
	static final int STEPPED_DOWN_CADRE_LEADERS = 208;
	/** Around the urban centre of Dachuan; about 7.6 km × 5.8 km, the district's 43.77 km² of urban area. */
	static final Envelope URBAN_EXTENT = new Envelope(107.46, 107.54, 31.175, 31.227);

	static final String HOUSING_DEPARTMENT = "D034";

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

	private final RegionImport regionImport;
	private final Regions regions;
	private final GridBoundaryImport boundaries;
	private final GridOrganisation organisation;
	private final Accounts accounts;
	private final Residents residents;
	private final Departments departments;
	private final Forces forces;

	DemoDistrict(RegionImport regionImport, Regions regions, GridBoundaryImport boundaries,
			GridOrganisation organisation, Accounts accounts, Residents residents, Departments departments,
			Forces forces) {
		this.forces = forces;
		this.departments = departments;
		this.residents = residents;
		this.regionImport = regionImport;
		this.regions = regions;
		this.boundaries = boundaries;
		this.organisation = organisation;
		this.accounts = accounts;
	}

	/** Loads the district unless the database already holds accounts or regions. Returns whether it did. */
	@Transactional
	public boolean loadIfEmpty() {
		if (accounts.anyExist() || !regions.districts(GridScope.unrestricted()).isEmpty()) {
			return false;
		}
		load();
		return true;
	}

	private void load() {
		long started = System.nanoTime();
		Random random = new Random(SEED);
		ChineseNames names = new ChineseNames(random);
		importRegions();
		List<RegionView> communities = urbanCommunities();
		Map<RegionView, List<GridShape>> grids = drawGrids(communities, new DemoGeometry(random));
		List<GridShape> allGrids = grids.values().stream().flatMap(List::stream).toList();
		BoundaryImportOutcome outcome = boundaries.register(allGrids, GridScope.unrestricted());
		if (!outcome.succeeded()) {
			throw new IllegalStateException("demo grids were refused: " + outcome.problems());
		}
		List<NewPartyOrganisation> parties = partyOrganisations(grids);
		organisation.formPartyOrganisations(parties);
		List<NewMember> members = members(allGrids, names, random);
		organisation.assign(members);
		organisation.open(stations(grids, parties));
		departments.register(demoDepartments());
		openAccounts(communities, grids);
		departments.assign("dept", HOUSING_DEPARTMENT);
		new DemoForces(forces, random, names).register(communities, grids, members,
				departments.all().stream().map(Department::code).toList());
		int registered = residents.register(new DemoResidents(random, names).forGrids(allGrids, 2)).size();
		log.info("Registered {} demo residents", registered);
		log.info("Loaded the demo district {}: {} communities, {} grids, {} party organisations in {} ms", DISTRICT,
				communities.size(), allGrids.size(), parties.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private void importRegions() {
		try (Reader streets = resource("regions/511703/streets.csv");
				Reader villages = resource("regions/511703/villages.csv")) {
			regionImport.importCounty(DISTRICT, "达川区", streets, villages);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Communities (社区) of the street offices (街道), taken round-robin across streets until there are 28. */
	private List<RegionView> urbanCommunities() {
		List<Deque<RegionView>> byStreet = new ArrayList<>();
		for (RegionView street : regions.children(RegionCode.of(DISTRICT), GridScope.unrestricted())) {
			if (street.name().endsWith("街道")) {
				byStreet.add(new ArrayDeque<>(regions.children(RegionCode.of(street.code()), GridScope.unrestricted())
					.stream()
					.filter(community -> community.name().endsWith("社区"))
					.toList()));
			}
		}
		List<RegionView> chosen = new ArrayList<>();
		while (chosen.size() < URBAN_COMMUNITIES && byStreet.stream().anyMatch(queue -> !queue.isEmpty())) {
			for (Deque<RegionView> queue : byStreet) {
				if (!queue.isEmpty() && chosen.size() < URBAN_COMMUNITIES) {
					chosen.add(queue.poll());
				}
			}
		}
		chosen.sort(java.util.Comparator.comparing(RegionView::code));
		return chosen;
	}

	private Map<RegionView, List<GridShape>> drawGrids(List<RegionView> communities, DemoGeometry geometry) {
		List<Geometry> areas = geometry.split(geometry.rectangle(URBAN_EXTENT), communities.size());
		Map<RegionView, List<GridShape>> grids = new LinkedHashMap<>();
		int base = GRIDS / communities.size();
		int extra = GRIDS % communities.size();
		for (int i = 0; i < communities.size(); i++) {
			RegionView community = communities.get(i);
			int count = base + (i < extra ? 1 : 0);
			List<Geometry> cells = geometry.split(areas.get(i), count);
			List<GridShape> shapes = new ArrayList<>();
			for (int sequence = 1; sequence <= cells.size(); sequence++) {
				RegionCode communityCode = RegionCode.of(community.code());
				shapes.add(new GridShape(GridCode.of(communityCode, sequence),
						community.name() + "第" + sequence + "网格", communityCode, cells.get(sequence - 1), true));
			}
			grids.put(community, shapes);
		}
		return grids;
	}

	/** 287 grids, 208 organisations: 79 joint organisations of two neighbouring grids, 129 single ones. */
	private static List<NewPartyOrganisation> partyOrganisations(Map<RegionView, List<GridShape>> grids) {
		int joint = GRIDS - PARTY_ORGANISATIONS;
		List<Deque<GridShape>> queues = grids.values().stream().map(list -> (Deque<GridShape>) new ArrayDeque<>(list)).toList();
		List<NewPartyOrganisation> organisations = new ArrayList<>();
		while (joint > 0) {
			for (Deque<GridShape> queue : queues) {
				if (joint > 0 && queue.size() >= 2) {
					GridShape first = queue.poll();
					GridShape second = queue.poll();
					organisations.add(new NewPartyOrganisation(
							first.name().replace("网格", "") + "、" + sequenceOf(second) + "网格联合党支部",
							first.communityCode(), List.of(first.code(), second.code())));
					joint--;
				}
			}
		}
		queues.forEach(queue -> queue.forEach(grid -> organisations
			.add(new NewPartyOrganisation(grid.name() + "党支部", grid.communityCode(), List.of(grid.code())))));
		return organisations;
	}

	private static String sequenceOf(GridShape grid) {
		return "第" + Integer.parseInt(grid.code().value().substring(12));
	}

	private static List<NewMember> members(List<GridShape> grids, ChineseNames names, Random random) {
		List<NewMember> members = new ArrayList<>();
		int committeeEvery = grids.size() / COMMITTEE_MEMBERS;
		for (int i = 0; i < grids.size(); i++) {
			GridCode grid = grids.get(i).code();
			String leaderTitle = i < STEPPED_DOWN_CADRE_LEADERS ? "退居二线干部" : "社区“两委”成员";
			members.add(new NewMember(grid, Duty.GRID_LEADER, names.next(), leaderTitle, 0));
			members.add(new NewMember(grid, Duty.GRID_WORKER, names.next(), "专职网格员", 0));
			int buildings = 2 + random.nextInt(3);
			for (int b = 1; b <= buildings; b++) {
				members.add(new NewMember(grid, Duty.BUILDING_LEADER, names.next(), b + "栋楼栋长", b));
			}
			if (i % committeeEvery == 0 && i / committeeEvery < COMMITTEE_MEMBERS) {
				String title = (i / committeeEvery) % 2 == 0 ? "物业服务企业负责人" : "业主委员会主任";
				members.add(new NewMember(grid, Duty.COMMITTEE_MEMBER, names.next(), title, 0));
			}
		}
		return members;
	}

	private static List<NewStation> stations(Map<RegionView, List<GridShape>> grids,
			List<NewPartyOrganisation> parties) {
		List<NewStation> stations = new ArrayList<>();
		grids.keySet().forEach(community -> stations.add(new NewStation(StationKind.STUDIO,
				community.name() + "网格工作室", RegionCode.of(community.code()), null,
				community.name() + "党群服务中心")));
		for (NewPartyOrganisation party : parties) {
			GridCode first = party.grids().get(0);
			String gridName = grids.values()
				.stream()
				.flatMap(List::stream)
				.filter(grid -> grid.code().equals(first))
				.findFirst()
				.orElseThrow()
				.name();
			stations.add(new NewStation(StationKind.WORKSTATION, gridName + "工作站", party.community(), first,
					gridName + "党群服务点"));
		}
		return stations;
	}

	private void openAccounts(List<RegionView> communities, Map<RegionView, List<GridShape>> grids) {
		RegionView home = communities.get(0);
		RegionCode homeCommunity = RegionCode.of(home.code());
		GridCode homeGrid = grids.get(home).get(0).code();
		Set<RegionCode> packagedGrids = Set.of(grids.get(communities.get(1)).get(0).code().asRegion(),
				grids.get(communities.get(2)).get(0).code().asRegion(),
				grids.get(communities.get(3)).get(0).code().asRegion());
		List<NewAccount> demo = List.of(
				account("admin", "区管理员 陈明", Role.DISTRICT_ADMIN, Set.of(RegionCode.of(DISTRICT))),
				account("liaison", "联系领导 刘建国", Role.LIAISON_LEADER, Set.of(homeCommunity)),
				account("dept", "区住建局 周敏", Role.DEPARTMENT_STAFF, packagedGrids),
				account("street", "街道干部 王芳", Role.STREET_STAFF, Set.of(homeCommunity.parent())),
				account("secretary", "社区书记 李静", Role.COMMUNITY_SECRETARY, Set.of(homeCommunity)),
				account("leader", "网格长 张伟", Role.GRID_LEADER, Set.of(homeGrid.asRegion())),
				account("worker", "网格员 杨洋", Role.GRID_WORKER, Set.of(homeGrid.asRegion())),
				account("building", "楼栋长 赵强", Role.BUILDING_LEADER, Set.of(homeGrid.asRegion())),
				account("resident", "居民 黄丽", Role.RESIDENT, Set.of()));
		accounts.openAllWithSamePassword(demo, DEMO_PASSWORD);
	}

	private static NewAccount account(String username, String displayName, Role role, Set<RegionCode> scope) {
		return NewAccount.scoped(username, displayName, role, scope, DEMO_PASSWORD, false);
	}

	/** The district's 97 departments; the demo "dept" account works in housing and urban-rural development. */
	private static List<Department> demoDepartments() {
		try (Reader reader = resource("demo/departments.csv")) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
				.map(row -> new Department(row.get("code"), row.get("name"), row.get("name_en")))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Reader resource(String path) throws IOException {
		return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
	}
}
