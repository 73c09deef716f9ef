// Providers and routes. Every page but the first is its own chunk, loaded when she opens it.
import { ApolloProvider } from '@apollo/client/react';
import { lazy, type ComponentType } from 'react';
import { translationsLoaded } from '../i18n';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';
import { StartPage } from './StartPage';

/** A page loaded when she opens it, shown once its code and every string of it are there. */
function page<T extends ComponentType>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), translationsLoaded()]).then(([module]) => module));
}

const SignUpPage = page(() => import('../features/accounts/SignUpPage'));
const LogInPage = page(() => import('../features/accounts/LogInPage'));
const SetUpAccountPage = page(() => import('../features/accounts/SetUpAccountPage'));
const AssistedPage = page(() => import('../features/assisted/AssistedPage'));
const OnboardingPage = page(() => import('../features/onboarding/OnboardingPage'));
const SupporterProfilePage = page(() => import('../features/supporter/SupporterProfilePage'));
const SupportPage = page(() => import('../features/support/SupportPage'));
const InvitationsPage = page(() => import('../features/invitations/InvitationsPage'));
const HomePage = page(() => import('../features/home/HomePage'));
const CoordinatorPage = page(() => import('../features/coordinator/CoordinatorPage'));
const MatchInterpreterPage = page(() => import('../features/interpreters/MatchInterpreterPage'));
const ChatListPage = page(() => import('../features/chat/ChatListPage'));
const CirclesPage = page(() => import('../features/circles/CirclesPage'));
const ConversationPage = page(() => import('../features/chat/ConversationPage'));
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'));
const ReportsPage = page(() => import('../features/reports/ReportsPage'));
const SupporterActivityPage = page(() => import('../features/supporters/SupporterActivityPage'));
const MenteesPage = page(() => import('../features/mentees/MenteesPage'));
const PrivacyPage = page(() => import('../features/privacy/PrivacyPage'));
const GoalsPage = page(() => import('../features/goals/GoalsPage'));
const FeedbackPage = page(() => import('../features/feedback/FeedbackPage'));
const ServicesPage = page(() => import('../features/services/ServicesPage'));
const OrganizationsPage = page(() => import('../features/organizations/OrganizationsPage'));
const OrganizationPage = page(() => import('../features/organizations/OrganizationPage'));
const JoinRequestsPage = page(() => import('../features/organizations/JoinRequestsPage'));
const EmergencyPage = page(() => import('../features/services/EmergencyPage'));
const WorkshopsPage = page(() => import('../features/workshops/WorkshopsPage'));
const WorkshopPage = page(() => import('../features/workshops/WorkshopPage'));
const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'));
const NotFoundPage = page(() => import('./NotFoundPage'));

const client = createApolloClient();

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'login', element: <LogInPage /> },
      { path: 'first-login', element: <SetUpAccountPage /> },
      { path: 'assisted', element: <AssistedPage /> },
      { path: 'onboarding', element: <OnboardingPage /> },
      { path: 'supporter', element: <SupporterProfilePage /> },
      { path: 'support', element: <SupportPage /> },
      { path: 'invitations', element: <InvitationsPage /> },
      { path: 'home', element: <HomePage /> },
      { path: 'coordinator', element: <CoordinatorPage /> },
      { path: 'coordinator/matches/:matchId/interpreter', element: <MatchInterpreterPage /> },
      { path: 'chat', element: <ChatListPage /> },
      { path: 'circles', element: <CirclesPage /> },
      { path: 'chat/:conversationId', element: <ConversationPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'supporters', element: <SupporterActivityPage /> },
      { path: 'mentees', element: <MenteesPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'goals/:matchId', element: <GoalsPage /> },
      { path: 'feedback/:matchId', element: <FeedbackPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/requests', element: <JoinRequestsPage /> },
      { path: 'organizations/:organizationId', element: <OrganizationPage /> },
      { path: 'organizations/:organizationId/requests', element: <JoinRequestsPage /> },
      { path: 'emergency', element: <EmergencyPage /> },
      { path: 'workshops', element: <WorkshopsPage /> },
      { path: 'workshops/:workshopId', element: <WorkshopPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
