// The course part of the courses feature: the course list, the course page and "Mine forløb" on a
// provider user's start page.
import type { Feature } from '../../../app/feature.ts';
import { lazyPage } from '../../../app/lazy.tsx';
import { MyCoursesSection } from './MyCoursesSection.tsx';
import './course.css';

export const courseFeature: Feature = {
  routes: [
    {
      path: '/forloeb',
      permission: 'course.read',
      element: lazyPage(
        () => import('./CourseListPage.tsx'),
        (m) => m.CourseListPage,
      ),
    },
    {
      path: '/forloeb/:id',
      permission: 'course.read',
      element: lazyPage(
        () => import('./CoursePage.tsx'),
        (m) => m.CoursePage,
      ),
    },
  ],
  nav: [{ to: '/forloeb', permission: 'course.read', label: { da: 'Forløb', en: 'Courses' } }],
  startSections: [{ key: 'my-courses', permission: 'course.read', element: <MyCoursesSection /> }],
};
