package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoDataTest extends SandboxTest {

    @Autowired
    DemoGenerator generator;

    @Test
    void demoSiteIsSeededAtStartup() {
        assertThat(db.sql("select key from sandbox_project order by id").query(String.class).list())
                .startsWith("WEB", "MOB", "PAY", "PLAT");
        assertThat(count("select count(*) from sandbox_user")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from sandbox_status")).isEqualTo(4);
        assertThat(count("select count(*) from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id "
                + "where t.name = 'Initiative' and i.id < 20000")).isEqualTo(2);
        assertThat(count("select count(*) from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id "
                + "where t.name = 'Epic' and i.key not like 'G%'")).isBetween(8, 10);
        assertThat(count("select count(*) from sandbox_issue where project_id between 10000 and 10003"))
                .isBetween(50, 80);
        assertThat(db.sql("select summary from sandbox_issue where id = 10001").query(String.class).single())
                .isEqualTo("Checkout 2.0 launch");
    }

    @Test
    void demoHierarchyLinksAndProgressAreRealistic() {
        assertThat(hierarchyViolations("i.project_id between 10000 and 10003")).isZero();
        // every story, task and bug of the program sits under an epic, every epic under an initiative
        assertThat(count("select count(*) from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id "
                + "where i.project_id between 10000 and 10003 and t.hierarchy_level < 2 and i.parent_id is null"))
                .isZero();
        assertThat(count("select count(*) from sandbox_issue_link where outward_issue < 10100")).isBetween(8, 10);
        // cross-project blockers, and blockers still open
        assertThat(count("""
                select count(*) from sandbox_issue_link l join sandbox_issue o on o.id = l.outward_issue
                join sandbox_issue i on i.id = l.inward_issue where o.project_id <> i.project_id
                and o.project_id between 10000 and 10003""")).isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from sandbox_issue_link l join sandbox_issue o on o.id = l.outward_issue
                join sandbox_status s on s.id = o.status_id where s.category_key <> 'done'
                and o.project_id between 10000 and 10003""")).isGreaterThanOrEqualTo(3);
        List<String> categories = db.sql("select distinct s.category_key from sandbox_issue i "
                + "join sandbox_status s on s.id = i.status_id where i.project_id <= 10003").query(String.class).list();
        assertThat(categories).containsExactlyInAnyOrder("new", "indeterminate", "done");
        assertThat(count("select count(*) from sandbox_issue i join sandbox_status s on s.id = i.status_id "
                + "where i.project_id <= 10003 and (s.category_key = 'done') <> (i.resolution_date is not null)"))
                .isZero();
        assertThat(count("select count(*) from sandbox_issue where project_id <= 10003 and flagged")).isPositive();
        assertThat(count("select count(*) from sandbox_issue i join sandbox_status s on s.id = i.status_id "
                + "where i.project_id <= 10003 and s.category_key <> 'done' and i.due_date < current_date")).isPositive();
        assertThat(count("select count(*) from sandbox_issue where project_id <= 10003 "
                + "and created < now() - interval '14 days'")).isPositive();
    }

    @Test
    void generatorBuildsABenchmarkSite() {
        DemoGenerator.Generated g = generator.generate(new DemoGenerator.Size(5, 2000, 4, 0.1, 7));
        String mine = "i.project_id between " + g.projectIds().get(0) + " and " + g.projectIds().get(4);

        assertThat(g.issues()).isEqualTo(2000);
        assertThat(count("select count(*) from sandbox_issue i where " + mine)).isEqualTo(2000);
        assertThat(count("select count(distinct hierarchy_level) from sandbox_issue i "
                + "join sandbox_issue_type t on t.id = i.issue_type_id where " + mine)).isEqualTo(4);
        assertThat(hierarchyViolations(mine)).isZero();
        // sub-tasks live in their parent's project
        assertThat(count("select count(*) from sandbox_issue i join sandbox_issue p on p.id = i.parent_id "
                + "join sandbox_issue_type t on t.id = i.issue_type_id where t.subtask and p.project_id <> i.project_id "
                + "and " + mine)).isZero();
        assertThat(g.links()).isEqualTo(200);
        assertThat(count("select count(*) from sandbox_issue_link l join sandbox_issue i on i.id = l.outward_issue "
                + "where " + mine)).isEqualTo(200);
        assertThat(count("select count(*) from sandbox_issue_link where outward_issue = inward_issue")).isZero();
        // new ids from the site's sequence do not collide with generated ones
        assertThat(db.sql("select nextval('sandbox_id_seq')").query(Long.class).single())
                .isGreaterThan(g.firstIssueId() + 1999);
    }

    private int hierarchyViolations(String where) {
        return count("""
                select count(*) from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id
                join sandbox_issue p on p.id = i.parent_id join sandbox_issue_type pt on pt.id = p.issue_type_id
                where pt.hierarchy_level <= t.hierarchy_level and\s""" + where);
    }

    private int count(String sql) {
        return db.sql(sql).query(Integer.class).single();
    }
}
