// The course part of the courses feature: the course list, the course page and "Mine forløb" on a
// provider user's start page.
import type { Feature } from '../../../app/feature.ts';
import { CourseListPage } from './CourseListPage.tsx';
import { CoursePage } from './CoursePage.tsx';
import { MyCoursesSection } from './MyCoursesSection.tsx';
import './course.css';

export const courseFeature: Feature = {
  routes: [
    { path: '/forloeb', permission: 'course.read', element: <CourseListPage /> },
    { path: '/forloeb/:id', permission: 'course.read', element: <CoursePage /> },
  ],
  nav: [{ to: '/forloeb', permission: 'course.read', label: { da: 'Forløb', en: 'Courses' } }],
  startSections: [{ key: 'my-courses', permission: 'course.read', element: <MyCoursesSection /> }],
};
